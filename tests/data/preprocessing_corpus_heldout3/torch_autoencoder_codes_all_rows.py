import numpy as np
import torch
from torch import nn
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression

X = np.load("creditcard_features.npy").astype("float32")
y = np.load("creditcard_labels.npy")


class AE(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.enc = nn.Sequential(nn.Linear(d, 16), nn.ReLU(), nn.Linear(16, 4))
        self.dec = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, d))

    def forward(self, x):
        return self.dec(self.enc(x))


def train_autoencoder(data, epochs=20):
    ae = AE(data.shape[1])
    opt = torch.optim.Adam(ae.parameters(), lr=1e-3)
    t = torch.from_numpy(data)
    for _ in range(epochs):
        opt.zero_grad()
        loss = nn.functional.mse_loss(ae(t), t)
        loss.backward()
        opt.step()
    return ae


ae = train_autoencoder(X)
with torch.no_grad():
    codes = ae.enc(torch.from_numpy(X)).numpy()

c_tr, c_te, y_tr, y_te = train_test_split(codes, y, stratify=y, test_size=0.3, random_state=0)
print(LogisticRegression(max_iter=1000).fit(c_tr, y_tr).score(c_te, y_te))
