import numpy as np
import torch

raw = np.loadtxt("data/energy_efficiency.csv", delimiter=",", skiprows=1, dtype=np.float32)
torch.save((torch.from_numpy(raw[:, :8]), torch.from_numpy(raw[:, 8:9])), "data/energy.pt")
