"""Parses an XML (SVG or XHTML-style HTML) file strictly and prints a JSON summary for the Swift tests.

Prints {"root": tag, "count": {tag: n}, "text": all text joined, "attrs": [[tag, attributes]...]}; exits
non-zero with the parser's message (line and column) when the file is not well-formed.
Usage: xml_summary.py FILE
"""
import json
import sys
import xml.etree.ElementTree as ET


def local(tag):
    return tag.split("}", 1)[1] if tag.startswith("{") else tag


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    if text.startswith("<!DOCTYPE html>"):
        text = text[len("<!DOCTYPE html>"):]
    try:
        root = ET.fromstring(text)
    except ET.ParseError as error:
        print(f"{sys.argv[1]}: not well-formed: {error}")
        sys.exit(1)
    counts = {}
    attrs = []
    for element in root.iter():
        name = local(element.tag)
        counts[name] = counts.get(name, 0) + 1
        attrs.append([name, {local(k): v for k, v in element.attrib.items()}])
    print(json.dumps({"root": local(root.tag), "count": counts, "text": "".join(root.itertext()), "attrs": attrs},
                     ensure_ascii=False))


main()
