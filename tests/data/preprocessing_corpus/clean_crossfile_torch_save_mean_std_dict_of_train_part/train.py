import numpy as np
import torch
from torch.utils.data import TensorDataset

norm = torch.load("mfcc_norm.pt")
x = torch.from_numpy(np.load("audio_mfcc.npy")).float()
y = torch.from_numpy(np.load("audio_labels.npy")).long()
x = (x - norm["mean"]) / norm["std"]
train_part = TensorDataset(x[norm["train_idx"]], y[norm["train_idx"]])
valid_part = TensorDataset(x[norm["valid_idx"]], y[norm["valid_idx"]])
