#!/usr/bin/env python3
"""Writes a schema N times the size of a real one, for checking that load time grows linearly.

Each copy of the enums, classes, services and errors gets a numeric suffix on every Kaltura name it
defines (and on the references to them), so the result is a valid schema with N times the definitions.
Usage: scale-schema.py SOURCE.xml N OUTPUT.xml
"""
import re
import sys

source, factor, output = sys.argv[1], int(sys.argv[2]), sys.argv[3]
text = open(source, encoding="utf-8").read()
sections = {}
for name in ("enums", "classes", "services", "errors"):
    match = re.search(rf"<{name}>(.*?)</{name}>", text, re.S)
    sections[name] = match.group(1) if match else ""
defined = set(re.findall(r'<(?:enum|class) name="(Kaltura\w+)"', text))
reference = re.compile(r'"(Kaltura\w+)"')

def copy(body, index):
    if index == 0:
        return body
    body = reference.sub(lambda m: f'"{m.group(1)}X{index}"' if m.group(1) in defined else m.group(0), body)
    body = re.sub(r'<service id="(\w+)" name="(\w+)"', lambda m: f'<service id="{m.group(1)}x{index}" name="{m.group(2)}X{index}"', body)
    body = re.sub(r'<error name="(\w+)" code="(\w+)"', lambda m: f'<error name="{m.group(1)}_X{index}" code="{m.group(2)}_X{index}"', body)
    return body

result = text
for name, body in sections.items():
    result = result.replace(f"<{name}>{body}</{name}>", f"<{name}>" + "".join(copy(body, i) for i in range(factor)) + f"</{name}>", 1)
open(output, "w", encoding="utf-8").write(result)
