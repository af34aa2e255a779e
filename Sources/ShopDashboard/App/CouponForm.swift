import ShopModel

/// The fields of the coupon forms, in the order they are shown.
public enum CouponField: String, Sendable, CaseIterable {
    case batchId, name, kind, value, minSpend, quota, startsAt, endsAt
}

/// Why a field was refused; the pane words it in the current language.
public enum FieldProblem: Sendable, Equatable {
    case required
    case notANumber
    case notAnAmount
    case outOfRange(min: Int, max: Int)
    case notATime
    case notAfterStart
    case inThePast
    case unknownKind
    case belowIssued(Int)
    /// Only letters, digits, - and _.
    case badCharacters
    /// A threshold coupon's minimum spend must exceed its value.
    case notAboveValue
}

/// Which change a form makes.
public enum CouponFormPurpose: Sendable, Equatable {
    case create
    case quota(batchId: String, issued: Int)
    case endTime(batchId: String)
}

/// A coupon form being filled in.
public struct CouponForm: Sendable, Equatable {
    public var purpose: CouponFormPurpose
    public var fields: [CouponField]
    public var inputs: [CouponField: LineEdit]
    public var problems: [CouponField: FieldProblem] = [:]
    public var focus: Int = 0

    public init(purpose: CouponFormPurpose, values: [CouponField: String]) {
        self.purpose = purpose
        switch purpose {
        case .create: fields = CouponField.allCases
        case .quota: fields = [.quota]
        case .endTime: fields = [.endsAt]
        }
        var inputs: [CouponField: LineEdit] = [:]
        for field in fields { inputs[field] = LineEdit(values[field] ?? "", maxLength: 32) }
        self.inputs = inputs
    }

    public func value(_ field: CouponField) -> String { inputs[field]?.text ?? "" }
}

/// A change waiting for the operator's yes.
public struct PendingChange: Sendable, Equatable {
    public var command: CouponCommand
    public var batchName: String
    public init(command: CouponCommand, batchName: String) { self.command = command; self.batchName = batchName }
}
