import pandas as pd
from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer
from sklearn.ensemble import ExtraTreesRegressor, RandomForestRegressor
from sklearn.model_selection import train_test_split


class ForestFiller:
    def __init__(self, columns):
        self.columns = columns
        self.imputer = IterativeImputer(estimator=ExtraTreesRegressor(n_estimators=50), max_iter=5)

    def fit_fill(self, frame):
        frame = frame.copy()
        frame[self.columns] = self.imputer.fit_transform(frame[self.columns])
        return frame


concrete = pd.read_csv("concrete_compressive_strength_gaps.csv")
cols = ["cement", "slag", "flyash", "water", "superplasticizer", "age"]
concrete = ForestFiller(cols).fit_fill(concrete)
tr, te = train_test_split(concrete, test_size=0.2, random_state=9)
rf = RandomForestRegressor(n_estimators=300).fit(tr[cols], tr["strength"])
print(rf.score(te[cols], te["strength"]))
