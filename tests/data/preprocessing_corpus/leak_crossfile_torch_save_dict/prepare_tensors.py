import numpy as np
import torch

signals = torch.from_numpy(np.load("ecg_beats.npy")).float()
labels = torch.from_numpy(np.load("ecg_labels.npy")).long()
mu, sigma = signals.mean(dim=0, keepdim=True), signals.std(dim=0, keepdim=True)
signals = (signals - mu) / sigma
torch.save({"signals": signals, "labels": labels, "mu": mu, "sigma": sigma}, "ecg_tensors.pt")
