import numpy as np
import pandas as pd

docs = pd.read_csv("drug_reviews_counts.csv")
np.savez_compressed("counts.npz", X=docs.drop(columns="rating_high").to_numpy(), y=docs["rating_high"].to_numpy())
