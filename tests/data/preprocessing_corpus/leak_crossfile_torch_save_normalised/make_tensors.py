import torch

x = torch.load("raw_x.pt")
y = torch.load("raw_y.pt")
x = (x - x.mean(dim=0)) / x.std(dim=0)
torch.save({"x": x, "y": y}, "normalised.pt")
