import numpy as np
import torch

arr = np.load("raw/har_windows.npy")
labels = np.load("raw/har_labels.npy")
x = torch.tensor(arr, dtype=torch.float32)
mean, std = x.mean(dim=(0, 1), keepdim=True), x.std(dim=(0, 1), keepdim=True)
x = (x - mean) / std
torch.save({"x": x, "y": torch.tensor(labels)}, "cache/har.pt")
