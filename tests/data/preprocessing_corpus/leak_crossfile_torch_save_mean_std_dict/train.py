import numpy as np
import torch
from torch.utils.data import TensorDataset, random_split

norm = torch.load("mfcc_norm.pt")
x = torch.from_numpy(np.load("audio_mfcc.npy")).float()
y = torch.from_numpy(np.load("audio_labels.npy")).long()
x = (x - norm["mean"]) / norm["std"]
full = TensorDataset(x, y)
train_part, valid_part = random_split(full, [0.9, 0.1])
