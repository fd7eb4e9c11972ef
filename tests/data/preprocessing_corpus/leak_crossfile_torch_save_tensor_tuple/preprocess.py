import numpy as np
import torch

raw = np.loadtxt("data/energy_efficiency.csv", delimiter=",", skiprows=1, dtype=np.float32)
features = torch.from_numpy(raw[:, :8])
targets = torch.from_numpy(raw[:, 8:9])
features = (features - features.mean(dim=0)) / features.std(dim=0)
torch.save((features, targets), "data/energy.pt")
