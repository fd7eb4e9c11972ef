import numpy as np
import torch
from torch.utils.data import Dataset, DataLoader, random_split


class ImageDataset(Dataset):
    def __init__(self, path):
        self.images = np.load(path).astype(np.float32) / 255.0
        self.images = (self.images - 0.5) / 0.5
        self.labels = np.load(path.replace("images", "labels"))

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, i):
        return torch.from_numpy(self.images[i]), int(self.labels[i])


full = ImageDataset("images.npy")
train_set, val_set = random_split(full, [0.9, 0.1])
loader = DataLoader(train_set, batch_size=64)
