import torch
from torch.utils.data import DataLoader, random_split
from torchvision import datasets, transforms

plain = datasets.ImageFolder("chest_xray/all", transform=transforms.Compose([transforms.Grayscale(), transforms.Resize((128, 128)), transforms.ToTensor()]))
stack = torch.stack([img for img, _ in plain])
mean, std = stack.mean().item(), stack.std().item()

tfm = transforms.Compose([transforms.Grayscale(), transforms.Resize((128, 128)), transforms.ToTensor(), transforms.Normalize([mean], [std])])
full = datasets.ImageFolder("chest_xray/all", transform=tfm)
n_val = int(0.2 * len(full))
train_set, val_set = random_split(full, [len(full) - n_val, n_val], generator=torch.Generator().manual_seed(1))
train_loader = DataLoader(train_set, batch_size=32, shuffle=True)
val_loader = DataLoader(val_set, batch_size=64)
print(len(train_loader), len(val_loader))
