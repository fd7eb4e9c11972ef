import pandas as pd
from sklearn.preprocessing import QuantileTransformer

from paths import processed

energy = pd.read_csv("energy_efficiency.csv")
cols = ["X1", "X2", "X3", "X4", "X5"]
energy[cols] = QuantileTransformer(n_quantiles=200, output_distribution="normal").fit_transform(energy[cols])
energy.to_feather(processed("energy_q"))
