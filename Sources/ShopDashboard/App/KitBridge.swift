// Temporary: the widget kit's types, until its branch lands.
public struct Glyphs: Sendable { public static let unicode = Glyphs(); public static let ascii = Glyphs() }
public enum Language: String, Sendable, CaseIterable { case en, zh }
public enum ThemeRole: String, CaseIterable, Sendable { case text, title }
public struct Theme: Sendable { public var name = "fallback"; public func style(_ role: ThemeRole) -> Style { .plain }
  public static let fallback = Theme() }
