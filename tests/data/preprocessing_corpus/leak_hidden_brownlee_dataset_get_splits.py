from numpy import vstack
from pandas import read_csv
from sklearn.preprocessing import MinMaxScaler
from torch import Tensor
from torch.nn import Linear, Module, Sigmoid, BCELoss
from torch.optim import SGD
from torch.utils.data import DataLoader, Dataset, random_split


class CSVDataset(Dataset):
    def __init__(self, path):
        df = read_csv(path, header=None)
        self.X = df.values[:, :-1].astype("float32")
        self.X = MinMaxScaler().fit_transform(self.X)
        self.y = df.values[:, -1].astype("float32").reshape((len(df), 1))

    def __len__(self):
        return len(self.X)

    def __getitem__(self, idx):
        return [self.X[idx], self.y[idx]]

    def get_splits(self, n_test=0.33):
        test_size = round(n_test * len(self.X))
        train_size = len(self.X) - test_size
        return random_split(self, [train_size, test_size])


def prepare_data(path):
    dataset = CSVDataset(path)
    train, test = dataset.get_splits()
    return DataLoader(train, batch_size=32, shuffle=True), DataLoader(test, batch_size=1024, shuffle=False)


class MLP(Module):
    def __init__(self, n_inputs):
        super().__init__()
        self.hidden = Linear(n_inputs, 1)
        self.act = Sigmoid()

    def forward(self, X):
        return self.act(self.hidden(X))


train_dl, test_dl = prepare_data("ionosphere.csv")
model = MLP(34)
optimizer = SGD(model.parameters(), lr=0.01, momentum=0.9)
for inputs, targets in train_dl:
    optimizer.zero_grad()
    loss = BCELoss()(model(inputs), targets)
    loss.backward()
    optimizer.step()
