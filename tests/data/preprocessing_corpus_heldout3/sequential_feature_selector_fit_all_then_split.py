import pandas as pd
from sklearn.feature_selection import SequentialFeatureSelector
from sklearn.neighbors import KNeighborsRegressor
from sklearn.model_selection import train_test_split

yacht = pd.read_csv("yacht_hydrodynamics.csv")
X, y = yacht.drop(columns="resistance"), yacht["resistance"]
sfs = SequentialFeatureSelector(KNeighborsRegressor(n_neighbors=3), n_features_to_select=4, direction="backward").fit(X, y)
X4 = X.loc[:, sfs.get_support()]

tr_x, te_x, tr_y, te_y = train_test_split(X4, y, test_size=0.25, random_state=31)
print(KNeighborsRegressor(n_neighbors=3).fit(tr_x, tr_y).score(te_x, te_y))
