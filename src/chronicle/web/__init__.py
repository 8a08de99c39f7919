"""The browser UI of ``chronicle serve``: static files only (``static/``), every asset vendored.

The pages call the JSON API of :mod:`chronicle.api`; article text is put into the page as DOM
text nodes, never as HTML.
"""
