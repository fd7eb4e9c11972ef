import pandas as pd
import torch
from torch.utils.data import TensorDataset, random_split

kidney = pd.read_csv("kidney_disease.csv").select_dtypes("number")
kidney = kidney.fillna(kidney.mean())
features = torch.tensor(kidney.drop(columns="class").values, dtype=torch.float32)
target = torch.tensor(kidney["class"].values, dtype=torch.float32)
train_ds, test_ds = random_split(TensorDataset(features, target), [0.75, 0.25])
