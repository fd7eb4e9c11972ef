import numpy as np
import torch

arr = np.load("raw/har_windows.npy").astype("float32")
labels = np.load("raw/har_labels.npy")
torch.save({"x": torch.from_numpy(arr), "y": torch.from_numpy(labels)}, "cache/har_raw.pt")
