import KalturaSchema

/// Small schemas for what the demo schema does not have: arrays and maps of objects, numeric
/// limits, and a core service that shares its name with a plugin.
enum TestSchemas {
    static let shapes = try! Schema(xml: """
        <?xml version="1.0"?>
        <xml apiVersion="1.0" generatedDate="1700000000">
          <enums>
            <enum name="TestColor" enumType="int">
              <const name="RED" value="1"/>
              <const name="GREEN" value="2"/>
            </enum>
          </enums>
          <classes>
            <class name="TestPoint">
              <property name="x" type="int" minValue="0" maxValue="100"/>
              <property name="y" type="int"/>
              <property name="weight" type="float"/>
            </class>
            <class name="TestShape">
              <property name="id" type="int" readOnly="1"/>
              <property name="name" type="string" minLength="2" maxLength="5"/>
              <property name="color" type="int" enumType="TestColor"/>
              <property name="visible" type="bool"/>
              <property name="tags" type="array" arrayType="TestTag"/>
              <property name="points" type="array" arrayType="TestPoint"/>
              <property name="labels" type="map" arrayType="TestPoint"/>
              <property name="createdAt" type="int" isTime="1" readOnly="1"/>
            </class>
            <class name="TestTag">
              <property name="value" type="string"/>
            </class>
            <class name="TestShapeListResponse">
              <property name="objects" type="array" arrayType="TestShape" readOnly="1"/>
              <property name="totalCount" type="int" readOnly="1"/>
            </class>
          </classes>
          <services>
            <service id="shape" name="shape">
              <action name="add">
                <param name="shape" type="TestShape" optional="0"/>
                <result type="TestShape"/>
              </action>
              <action name="list">
                <result type="TestShapeListResponse"/>
              </action>
              <action name="getColors">
                <result type="map" arrayType="TestColor"/>
              </action>
              <action name="serve">
                <param name="id" type="int" optional="0"/>
                <result type="file"/>
              </action>
              <action name="getWeights">
                <result type="array" arrayType="float"/>
              </action>
            </service>
            <service id="document" name="document">
              <action name="get">
                <param name="entryId" type="string" optional="0"/>
                <result type="string"/>
              </action>
            </service>
            <service id="document_documents" name="documents" plugin="document">
              <action name="get">
                <param name="entryId" type="string" optional="0"/>
                <result type="string"/>
              </action>
            </service>
          </services>
          <plugins>
            <plugin name="document">
              <pluginService name="documents"/>
            </plugin>
          </plugins>
          <errors/>
        </xml>
        """)
}
