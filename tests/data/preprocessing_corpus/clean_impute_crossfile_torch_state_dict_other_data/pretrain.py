import numpy as np
import torch
from torch import nn

from model import AutoEncoder

X = torch.tensor(np.load("data/transactions_2019_unlabelled.npy"), dtype=torch.float32)
ae = AutoEncoder(X.shape[1])
optimizer = torch.optim.Adam(ae.parameters(), lr=1e-3)
for epoch in range(30):
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(ae(X), X)
    loss.backward()
    optimizer.step()
torch.save(ae.state_dict(), "checkpoints/autoencoder.pt")
