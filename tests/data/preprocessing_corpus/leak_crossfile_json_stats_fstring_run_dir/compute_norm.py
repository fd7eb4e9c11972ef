import json

import numpy as np

RUN = "exp01"
signals = np.load("ecg_signals.npy")
stats = {"mean": float(signals.mean()), "std": float(signals.std())}
with open(f"runs/{RUN}/norm.json", "w") as fp:
    json.dump(stats, fp, indent=2)
