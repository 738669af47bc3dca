"""What every script here starts from: the truth's person-seconds on the grid of a results folder's heatmap.json.

`globals().update(truthgrid.load(d, resdir))` gives a script h, cs, C, R, fr, to, the truth samples sorted per
person (P, TS, X, Y) with their weights W (seconds until the next sample, at most 2 s, 0 outside the map's time),
cell(x, y), grid(x, y, w), r(a, b) (Pearson) and T, the truth map. pad widens the grid by that many cells.
"""
import json

import numpy as np


def load(d, resdir, pad=0):
    h = json.load(open(resdir + '/heatmap.json'))
    cs, C, R, fr, to = h['cellSize'], h['cols'] + pad, h['rows'] + pad, h['from'], h['to']
    P, TS, X, Y = d['P'], d['TS'], d['X'], d['Y']
    o = np.lexsort((TS, P))
    P, TS, X, Y = P[o], TS[o], X[o], Y[o]
    nxt = np.r_[TS[1:], 0]
    same = np.r_[P[1:] == P[:-1], False]
    W = np.where(same, np.minimum(nxt - TS, 2000) / 1000, 1.0)
    W[(TS < fr) | (TS >= to)] = 0

    def cell(x, y):
        c = np.clip(np.floor(x / cs).astype(int), 0, C - 1)
        rr = np.clip(np.floor(y / cs).astype(int), 0, R - 1)
        return rr * C + c

    def grid(x, y, w):
        g = np.zeros(R * C)
        np.add.at(g, cell(x, y), w)
        return g

    def r(a, b):
        return np.corrcoef(a, b)[0, 1]

    return dict(h=h, cs=cs, C=C, R=R, fr=fr, to=to, P=P, TS=TS, X=X, Y=Y, W=W,
                cell=cell, grid=grid, r=r, T=grid(X, Y, W))
