import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression


class AutoEncoder(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(d, 32), nn.ReLU(), nn.Linear(32, 8))
        self.decoder = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, d))

    def forward(self, x):
        return self.decoder(self.encoder(x))


X = torch.tensor(np.load("X.npy"), dtype=torch.float32)
y = np.load("y.npy")
model = AutoEncoder(X.shape[1])
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.MSELoss()
for epoch in range(20):
    for (xb,) in DataLoader(TensorDataset(X), batch_size=128, shuffle=True):
        loss = loss_fn(model(xb), xb)
        opt.zero_grad()
        loss.backward()
        opt.step()
with torch.no_grad():
    codes = model.encoder(X).numpy()
X_train, X_test, y_train, y_test = train_test_split(codes, y, test_size=0.2)
print(LogisticRegression().fit(X_train, y_train).score(X_test, y_test))
