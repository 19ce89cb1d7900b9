"""Stitching without an index: was the body assembled from several articles, and where?"""
