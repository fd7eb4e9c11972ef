import numpy as np
import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split

brains = pd.read_csv("mammal_brain_body.csv")
log_pipe = make_pipeline(FunctionTransformer(np.log1p), LinearRegression())
X = log_pipe[0].fit_transform(brains[["body_kg"]])
a, b, ya, yb = train_test_split(brains[["body_kg"]], np.log1p(brains["brain_g"]), random_state=0)
print(log_pipe.fit(a, ya).score(b, yb))
