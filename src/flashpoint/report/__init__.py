"""Report: the analysis as a JSON document, Markdown or plain text."""
