import numpy as np
from sklearn.preprocessing import RobustScaler
from sklearn.linear_model import Lasso

data = np.load("housing.npz")
features, prices = data["X"], data["y"]
features = RobustScaler().fit_transform(features)
split_at = 400
model = Lasso(alpha=0.1).fit(features[:split_at], prices[:split_at])
print("holdout R2", model.score(features[split_at:], prices[split_at:]))
