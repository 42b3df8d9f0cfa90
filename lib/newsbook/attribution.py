"""PLACEHOLDER: this module's original content was overwritten by mistake.

At 06:56 UTC the timeline helper (issue 4) created a file of the same name without noticing that
this one already existed, and so replaced the original ``newsbook.attribution`` (which defined
``Attribution``, ``SentenceReader``, ``Phrase`` ... used by ``reported.py`` and ``speakers.py``).
The timeline's own module is now ``newsbook.claim_sources``; it no longer uses this name.
The author of the original module needs to write it back here. Apologies.
"""
