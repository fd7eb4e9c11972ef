import pandas as pd
from sklearn.model_selection import ShuffleSplit, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import QuantileTransformer
from sklearn.svm import SVR

from paths import processed

energy = pd.read_feather(processed("energy_raw"))
cols = ["X1", "X2", "X3", "X4", "X5"]
model = make_pipeline(QuantileTransformer(n_quantiles=200, output_distribution="normal"), SVR())
print(cross_val_score(model, energy[cols], energy["Y1"], cv=ShuffleSplit(5, test_size=0.2)).mean())
