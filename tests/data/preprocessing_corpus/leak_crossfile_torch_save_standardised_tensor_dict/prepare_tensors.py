import pandas as pd
import torch

frame = pd.read_csv("diabetes.csv")
features = torch.tensor(frame.drop(columns="Outcome").values, dtype=torch.float32)
labels = torch.tensor(frame["Outcome"].values, dtype=torch.float32)
mu, sigma = features.mean(dim=0), features.std(dim=0)
features = (features - mu) / sigma
torch.save({"features": features, "labels": labels}, "diabetes_tensors.pt")
