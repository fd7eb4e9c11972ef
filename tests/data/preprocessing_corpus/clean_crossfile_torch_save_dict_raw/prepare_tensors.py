import numpy as np
import torch

signals = torch.from_numpy(np.load("ecg_beats.npy")).float()
labels = torch.from_numpy(np.load("ecg_labels.npy")).long()
torch.save({"signals": signals, "labels": labels}, "ecg_tensors.pt")
