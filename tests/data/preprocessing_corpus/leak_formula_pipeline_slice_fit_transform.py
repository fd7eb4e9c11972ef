import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import PowerTransformer
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import train_test_split

df = pd.read_csv("insurance_numeric.csv")
X, y = df.drop(columns="charges"), df["charges"]
pipe = Pipeline([("impute", SimpleImputer()), ("power", PowerTransformer()), ("gbr", GradientBoostingRegressor())])
X_prep = pipe[:-1].fit_transform(X)
X_train, X_test, y_train, y_test = train_test_split(X_prep, y, test_size=0.2, random_state=0)
pipe[-1].fit(X_train, y_train)
print(pipe[-1].score(X_test, y_test))
