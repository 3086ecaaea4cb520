import Foundation
import KalturaCore
import Testing

/// `KalturaServerEra`: the periods of the wire, found from dates, names and schema attributes.
@Suite("Server eras")
struct ServerEraTests {
    @Test func theFixtureSchemasPointToTheirEras() {
        let old = KalturaServerEra.inferred(apiVersion: "3.1.1", generatedDate: "1296067642")
        #expect(old?.start == "2010-09-01")
        #expect(old?.readsJSONBodies == false)
        #expect(old?.servicePath == .notFound)
        #expect(old?.objectTyping == KalturaServerEra.ObjectTyping.none)
        #expect(old?.errorShape == .codeAndMessage)

        let mid = KalturaServerEra.inferred(apiVersion: "3.3.0", generatedDate: "1458231650")
        #expect(mid == .current)
        #expect(KalturaServerEra.inferred(apiVersion: "22.15.0", generatedDate: "1773236791") == .current)
    }

    @Test func withoutADateTheVersionDecidesOnlyWhenItCan() {
        #expect(KalturaServerEra.inferred(apiVersion: "3.1", generatedDate: nil) == KalturaServerEra.all[0])
        #expect(KalturaServerEra.inferred(apiVersion: "3.2.0", generatedDate: nil) == KalturaServerEra.all[0])
        #expect(KalturaServerEra.inferred(apiVersion: "3.3.0", generatedDate: nil) == nil)
        #expect(KalturaServerEra.inferred(apiVersion: "22.15.0", generatedDate: "") == .current)
        #expect(KalturaServerEra.inferred(apiVersion: nil, generatedDate: nil) == nil)
        #expect(KalturaServerEra.inferred(apiVersion: "banana", generatedDate: "soon") == nil)
    }

    @Test func namesAreYearsMonthsDaysOrCurrent() throws {
        #expect(KalturaServerEra(name: "2011")?.start == "2010-09-01")
        #expect(KalturaServerEra(name: "2013")?.start == "2012-09-11")
        #expect(KalturaServerEra(name: "2013")?.servicePath == .movedPermanently)
        #expect(KalturaServerEra(name: "2015")?.start == "2013-10-01")
        #expect(KalturaServerEra(name: "2015")?.errorShape == .apiException)
        #expect(KalturaServerEra(name: "2015-10-20")?.readsJSONBodies == true)
        #expect(KalturaServerEra(name: "2015-10-20")?.servicePath == .movedPermanently)
        #expect(KalturaServerEra(name: "current") == .current)
        #expect(KalturaServerEra(name: "2009")?.start == "2010-09-01")
        for bad in ["", "11", "2013-13", "2013-1x", "twenty", "2013-10-01-01", "2013--01"] {
            #expect(KalturaServerEra(name: bad) == nil, "\(bad)")
        }
    }

    @Test func erasAreInOrderAndEachChangesSomething() {
        let all = KalturaServerEra.all
        for (earlier, later) in zip(all, all.dropFirst()) {
            #expect(earlier.startDate < later.startDate)
            #expect(earlier.readsJSONBodies != later.readsJSONBodies || earlier.servicePath != later.servicePath
                    || earlier.objectTyping != later.objectTyping || earlier.errorShape != later.errorShape)
        }
        #expect(KalturaServerEra.current.servicePath == .rewritten)
        #expect(KalturaServerEra.current.description == "2015-11-01 (Kajam-11.0.0)")
    }
}
