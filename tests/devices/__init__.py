"""Tests of servicepoint.devices against devices simulated on pty pairs."""
