import KalturaTestSupport
import Testing
@testable import KalturaSchema

/// Inputs the schema fuzz target (`Fuzz/`, `bash Fuzz/run.sh`) showed to be slow, kept as ordinary tests.
@Suite("Schema fuzz regressions")
struct SchemaFuzzRegressionTests {
    /// A schema document with one class `K<i>` per entry, based on `K<bases[i]>` when given.
    private static func document(bases: [Int?], extraBase: (index: Int, name: String)? = nil) -> String {
        var text = "<xml><classes>"
        for (index, base) in bases.enumerated() {
            if let extraBase, extraBase.index == index {
                text += "<class name=\"K\(index)\" base=\"\(extraBase.name)\"/>"
            } else if let base {
                text += "<class name=\"K\(index)\" base=\"K\(base)\"/>"
            } else {
                text += "<class name=\"K\(index)\"/>"
            }
        }
        return text + #"</classes><services><service id="thing" name="thing"><action name="get"/></service></services></xml>"#
    }

    /// The inheritance cycle cut as it was first written: every class's chain walked to its root.
    /// Returns the classes that lose their base link, in order, and the remaining base links.
    private static func referenceCycleCut(_ bases: [Int?]) -> (cut: [Int], bases: [Int?]) {
        var bases = bases
        var cut: [Int] = []
        var walk = [Int](repeating: -1, count: bases.count)
        for start in bases.indices {
            walk[start] = start
            var current = start
            while let base = bases[current] {
                if walk[base] == start {
                    cut.append(current)
                    bases[current] = nil
                    break
                }
                walk[base] = start
                current = base
            }
        }
        return (cut, bases)
    }

    @Test("a chain of 50,000 classes loads in linear time (cutting cycles walked every chain to its root)",
          .timeLimit(.minutes(1)))
    func longInheritanceChain() throws {
        let count = 50_000
        let bases: [Int?] = (0..<count).map { $0 + 1 < count ? $0 + 1 : nil }
        let schema = try Schema(xml: Self.document(bases: bases, extraBase: (count - 1, "KalturaMissing")))
        #expect(schema.classes.count == count)
        #expect(schema.diagnostics == [.init(.unresolvedBaseClass(className: "K\(count - 1)", baseName: "KalturaMissing"))])
        #expect(schema.ancestors(of: "K\(count - 4)") == ["K\(count - 3)", "K\(count - 2)", "K\(count - 1)"])
        #expect(schema.isClass("K0", kindOf: "K\(count - 1)"))
    }

    @Test("a cycle at the end of a long chain is cut once, at the class that closes it")
    func cycleAfterLongChain() throws {
        let count = 1_000
        let bases: [Int?] = (0..<count).map { $0 + 1 < count ? $0 + 1 : 500 }
        let schema = try Schema(xml: Self.document(bases: bases))
        #expect(schema.diagnostics == [.init(.inheritanceCycle(className: "K\(count - 1)"))])
        #expect(schema.ancestors(of: "K0").count == count - 1)
        #expect(schema.ancestors(of: "K\(count - 1)").isEmpty)
    }

    @Test("cycles are cut where walking every chain to its root cuts them, on pseudo-random hierarchies")
    func cycleCutsMatchTheFullWalk() throws {
        var generator = SeededGenerator(seed: 0xC1A55)
        for _ in 0..<300 {
            let count = Int.random(in: 1...24, using: &generator)
            let bases: [Int?] = (0..<count).map { _ in
                Int.random(in: 0..<4, using: &generator) == 0 ? nil : Int.random(in: 0..<count, using: &generator)
            }
            let schema = try Schema(xml: Self.document(bases: bases))
            let reference = Self.referenceCycleCut(bases)
            let cycles = schema.diagnostics.compactMap { diagnostic -> String? in
                if case .inheritanceCycle(let className) = diagnostic.kind { className } else { nil }
            }
            #expect(cycles == reference.cut.map { "K\($0)" }, "bases: \(bases)")
            for index in 0..<count {
                var chain: [String] = []
                var current = index
                while let base = reference.bases[current] {
                    chain.append("K\(base)")
                    current = base
                }
                #expect(schema.ancestors(of: "K\(index)") == chain, "bases: \(bases), class K\(index)")
            }
        }
    }
}
