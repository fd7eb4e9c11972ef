import pandas as pd
import torch

df = pd.read_csv("covertype.csv")
x = torch.tensor(df.drop(columns="Cover_Type").to_numpy(), dtype=torch.float32)
y = torch.tensor(df["Cover_Type"].to_numpy() - 1)
x = (x - x.mean(0)) / (x.std(0) + 1e-6)
torch.save({"x": x, "y": y}, "covertype.pt")
