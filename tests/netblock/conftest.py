"""``sitecustomize.py`` here is for subprocesses (``PYTHONPATH=tests/netblock``); pytest must not import it."""

collect_ignore = ["sitecustomize.py"]
