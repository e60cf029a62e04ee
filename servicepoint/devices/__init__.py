"""Counter devices, Qt-free: what a village point plugs into its PC besides the keyboard.

``scale_frames`` reads what an electronic scale sends (one class per protocol);
``scale_reader`` owns the serial port, the stability rule and the tare.  Nothing here imports
Qt or opens the database: the window reads a scale on a worker thread (``ui/scale_feed.py``),
the command line from its own loop (``servicepoint scale read``).  docs/hardware.md says which
protocols and how a technician checks a scale.
"""
