import cudf
from cuml.model_selection import train_test_split
from cuml.ensemble import RandomForestClassifier

gdf = cudf.read_csv("higgs_small.csv")
feat_cols = [c for c in gdf.columns if c != "label"]
gdf[feat_cols] = (gdf[feat_cols] - gdf[feat_cols].mean()) / gdf[feat_cols].std()
X_train, X_test, y_train, y_test = train_test_split(gdf[feat_cols], gdf["label"], test_size=0.2, random_state=0)
rf = RandomForestClassifier(n_estimators=100, max_depth=16).fit(X_train, y_train)
print(rf.score(X_test, y_test))
