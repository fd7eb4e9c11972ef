import torch
from torch.utils.data import DataLoader, random_split

from build_dataset import Windows  # noqa: F401  (needed to unpickle)

ds = torch.load("vib_dataset.pt")
train_ds, val_ds = random_split(ds, [0.8, 0.2])
train_dl = DataLoader(train_ds, batch_size=64, shuffle=True)
val_dl = DataLoader(val_ds, batch_size=256)
