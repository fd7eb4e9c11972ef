import numpy as np
import torch
from torch.utils.data import Dataset, random_split, DataLoader


class Clips(Dataset):
    """Each clip is scaled by its own peak; no statistic is shared between clips."""

    def __init__(self, path):
        blob = np.load(path)
        clips = blob["audio"].astype(np.float32)
        self.x = torch.from_numpy(clips / (np.abs(clips).max(axis=1, keepdims=True) + 1e-9))
        self.y = torch.from_numpy(blob["label"]).long()

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return self.x[i], self.y[i]


clips = Clips("speech_commands_1s.npz")
train_set, val_set = random_split(clips, [0.9, 0.1], generator=torch.Generator().manual_seed(0))
print(len(DataLoader(train_set, batch_size=64, shuffle=True)), len(val_set))
