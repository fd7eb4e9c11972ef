import torch
from torch.utils.data import DataLoader, random_split
from torchvision import datasets, transforms

full = datasets.ImageFolder("data/leaves", transform=transforms.Compose([transforms.Resize((64, 64)), transforms.ToTensor()]))
loader = DataLoader(full, batch_size=256)
mean = torch.zeros(3)
std = torch.zeros(3)
for images, _ in loader:
    flat = images.view(images.size(0), images.size(1), -1)
    mean += flat.mean(2).sum(0)
    std += flat.std(2).sum(0)
mean /= len(full)
std /= len(full)
full.transform = transforms.Compose([transforms.Resize((64, 64)), transforms.ToTensor(), transforms.Normalize(mean, std)])
n_val = int(0.2 * len(full))
train_set, val_set = random_split(full, [len(full) - n_val, n_val])
train_loader = DataLoader(train_set, batch_size=64, shuffle=True)
val_loader = DataLoader(val_set, batch_size=64)
