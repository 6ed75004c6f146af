"""The werkruimte: where programme managers and line leads report progress.

Cross-app screens (activities and woondeal sub-tracks), so it lives in the project package.
"""
