/// A criterion's value computed from indicators: `+ − * /`, parentheses, numbers, indicator ids
/// and `prev(id)` (the same indicator in the previous period).
///
/// Division by zero or a missing operand makes the value missing (the province then gets 0 points
/// and a `missing:` flag), never zero or infinity.
public struct Formula: Sendable, Equatable {
    public indirect enum Expression: Sendable, Equatable {
        case number(Double)
        case indicator(String)
        case previous(String)
        case negate(Expression)
        case binary(Operator, Expression, Expression)
    }

    public enum Operator: Character, Sendable, Equatable {
        case add = "+", subtract = "−", multiply = "×", divide = "/"
    }

    /// A formula that does not parse, with the 1-based column (in characters of the formula) where it fails.
    public struct ParseError: Error, Equatable, Sendable {
        public let column: Int
        /// In English, as the command line prints it.
        public let message: String
        /// The same in Vietnamese, for outputs in Vietnamese (the English where none was written).
        public let vietnamese: String

        public init(column: Int, message: String, vietnamese: String? = nil) {
            self.column = column
            self.message = message
            self.vietnamese = vietnamese ?? message
        }

        /// The same error is the same place and English words; the Vietnamese only translates them.
        public static func == (lhs: ParseError, rhs: ParseError) -> Bool { lhs.column == rhs.column && lhs.message == rhs.message }
    }

    /// Deeper nesting is refused: real formulas are a few levels deep, and a pathological one must
    /// be a clear error rather than a stack overflow while parsing or evaluating.
    public static let maximumDepth = 200

    public let text: String
    public let expression: Expression

    public init(_ text: String) throws(ParseError) {
        self.text = text
        var parser = FormulaParser(text)
        self.expression = try parser.parseAll()
    }

    init(text: String, expression: Expression) {
        self.text = text
        self.expression = expression
    }

    /// Indicator ids the formula reads, in the current and the previous period.
    public var indicatorIDs: [String] {
        var ids: [String] = []
        func visit(_ expression: Expression) {
            switch expression {
            case .number: break
            case .indicator(let id), .previous(let id): if !ids.contains(id) { ids.append(id) }
            case .negate(let inner): visit(inner)
            case .binary(_, let left, let right): visit(left); visit(right)
            }
        }
        visit(expression)
        return ids
    }

    /// Evaluates with `lookup(id, previous)` giving an indicator's value (nil when missing).
    public func evaluate(_ lookup: (String, Bool) -> Double?) -> Double? {
        Self.evaluate(expression, lookup)
    }

    static func evaluate(_ expression: Expression, _ lookup: (String, Bool) -> Double?) -> Double? {
        switch expression {
        case .number(let value): return value
        case .indicator(let id): return lookup(id, false)
        case .previous(let id): return lookup(id, true)
        case .negate(let inner): return evaluate(inner, lookup).map { -$0 }
        case .binary(let op, let left, let right):
            guard let a = evaluate(left, lookup), let b = evaluate(right, lookup) else { return nil }
            switch op {
            case .add: return a + b
            case .subtract: return a - b
            case .multiply: return a * b
            case .divide: return b == 0 ? nil : a / b
            }
        }
    }
}

/// Recursive descent over the grammar
/// `sum := product (("+"|"-") product)*`, `product := unary (("*"|"/") unary)*`,
/// `unary := "-" unary | atom`, `atom := number | id | "prev" "(" id ")" | "(" sum ")"`.
/// The Unicode signs − × ÷ are accepted for - * /, since people paste them from documents.
struct FormulaParser {
    private let characters: [Character]
    private var position = 0
    private var depth = 0

    init(_ text: String) { characters = Array(text) }

    mutating func parseAll() throws(Formula.ParseError) -> Formula.Expression {
        skipSpaces()
        guard position < characters.count else { throw error { $0.formulaEmpty } }
        let expression = try parseBinary()
        skipSpaces()
        if position < characters.count {
            if characters[position] == ")" { throw error { $0.closesNothing } }
            let found = shown(characters[position])
            throw error { $0.expectedOperator(found: found) }
        }
        return expression
    }

    /// The binary operators by precedence, loosest first: a formula is a sum of products of unary terms.
    private static let precedence: [[Character: Formula.Operator]] = [
        ["+": .add, "-": .subtract, "−": .subtract],
        ["*": .multiply, "×": .multiply, "/": .divide, "÷": .divide],
    ]

    /// A sum (level 0) or a product (level 1), left-associative; below the last level, a unary term.
    private mutating func parseBinary(level: Int = 0) throws(Formula.ParseError) -> Formula.Expression {
        guard level < Self.precedence.count else { return try parseUnary() }
        var left = try parseBinary(level: level + 1)
        while true {
            skipSpaces()
            guard position < characters.count, let op = Self.precedence[level][characters[position]] else { return left }
            position += 1
            try enter()
            left = .binary(op, left, try parseBinary(level: level + 1))
        }
    }

    private mutating func parseUnary() throws(Formula.ParseError) -> Formula.Expression {
        skipSpaces()
        if position < characters.count, characters[position] == "-" || characters[position] == "−" {
            position += 1
            try enter()
            defer { depth -= 1 }
            return .negate(try parseUnary())
        }
        return try parseAtom()
    }

    private mutating func parseAtom() throws(Formula.ParseError) -> Formula.Expression {
        skipSpaces()
        guard position < characters.count else {
            throw error { $0.endsTooEarly }
        }
        let character = characters[position]
        if character == "(" {
            position += 1
            try enter()
            defer { depth -= 1 }
            let inner = try parseBinary()
            skipSpaces()
            guard position < characters.count, characters[position] == ")" else {
                throw error { $0.unclosedParenthesis }
            }
            position += 1
            return inner
        }
        if character.isASCII && (character.isNumber || character == ".") {
            return .number(try parseNumber())
        }
        if isIdentifierStart(character) {
            let start = position
            let name = parseIdentifier()
            skipSpaces()
            if position < characters.count, characters[position] == "(" {
                guard name == "prev" else {
                    throw error(at: start) { $0.unknownFunction(name) }
                }
                position += 1
                skipSpaces()
                guard position < characters.count, isIdentifierStart(characters[position]) else {
                    throw error { $0.prevNeedsID }
                }
                let id = parseIdentifier()
                skipSpaces()
                guard position < characters.count, characters[position] == ")" else {
                    throw error { $0.unclosedPrev(id) }
                }
                position += 1
                return .previous(id)
            }
            return .indicator(name)
        }
        if character == "," {
            throw error { $0.commaDecimal }
        }
        let found = shown(character)
        throw error { $0.expectedOperand(found: found) }
    }

    private mutating func parseNumber() throws(Formula.ParseError) -> Double {
        let start = position
        while position < characters.count, characters[position].isASCII, characters[position].isNumber || characters[position] == "." {
            position += 1
        }
        let text = String(characters[start..<position])
        guard let value = Double(text), text.filter({ $0 == "." }).count <= 1 else {
            throw error(at: start) { $0.notAFormulaNumber(text) }
        }
        return value
    }

    private mutating func parseIdentifier() -> String {
        let start = position
        while position < characters.count, isIdentifierStart(characters[position]) || (characters[position].isASCII && characters[position].isNumber) {
            position += 1
        }
        return String(characters[start..<position])
    }

    private func isIdentifierStart(_ character: Character) -> Bool {
        character == "_" || (character.isASCII && character.isLetter)
    }

    /// Every binary operator, sign and parenthesis is one level; long chains count too, since the
    /// tree they build is as deep as the chain is long.
    private mutating func enter() throws(Formula.ParseError) {
        depth += 1
        if depth > Formula.maximumDepth {
            throw error { $0.nestedTooDeeply(Formula.maximumDepth) }
        }
    }

    private mutating func skipSpaces() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }

    private func shown(_ character: Character) -> String { "\"\(character)\"" }

    /// The error at `index` (the current position by default), told in both languages.
    private func error(at index: Int? = nil, _ words: (SchemeWords) -> String) -> Formula.ParseError {
        let (english, vietnamese) = SchemeWords.both(words)
        return Formula.ParseError(column: (index ?? position) + 1, message: english, vietnamese: vietnamese)
    }
}
