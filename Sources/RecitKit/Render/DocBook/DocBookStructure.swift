/// Facts about DocBook 5.0 elements that the writers and the reformatter share.
public enum DocBookStructure {
  /// The DocBook namespace.
  public static let namespace = "http://docbook.org/ns/docbook"
  /// The XLink namespace, for `xlink:href` on `<link>`.
  public static let xlinkNamespace = "http://www.w3.org/1999/xlink"

  /// Elements whose content model holds elements only, never text: whitespace between their
  /// children is insignificant and may be re-indented.
  public static let elementOnly: Set<String> = [
    "abstract", "acknowledgements", "affiliation", "answer", "appendix", "article", "author",
    "authorgroup", "bibliodiv", "bibliography", "blockquote", "book", "caution", "chapter",
    "colophon", "copyright", "dedication", "editor", "epigraph", "example", "figure", "footnote",
    "glossary", "glossdef", "glossentry", "imageobject", "important", "info", "informalexample",
    "informalfigure", "informaltable", "itemizedlist", "keywordset", "legalnotice", "listitem",
    "mediaobject", "note", "orderedlist", "part", "partintro", "preface", "procedure",
    "qandaentry", "qandaset", "question", "revhistory", "revision", "row", "section", "sect1",
    "sect2", "sect3", "sect4", "sect5", "sidebar", "simplelist", "simplesect", "step",
    "subjectset", "substeps", "table", "tbody", "textobject", "tfoot", "tgroup", "thead", "tip",
    "variablelist", "varlistentry", "warning",
  ]
}
