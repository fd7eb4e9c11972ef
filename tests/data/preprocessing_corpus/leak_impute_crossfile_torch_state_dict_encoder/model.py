from torch import nn


class AutoEncoder(nn.Module):
    def __init__(self, n_features, n_code=16):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(n_features, 64), nn.ReLU(), nn.Linear(64, n_code))
        self.decoder = nn.Sequential(nn.Linear(n_code, 64), nn.ReLU(), nn.Linear(64, n_features))

    def forward(self, x):
        return self.decoder(self.encoder(x))
