import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split

shop = pd.read_csv("online_shoppers.csv")
q1, q2 = shop["ProductRelated_Duration"].quantile([0.33, 0.66])
shop["engagement"] = np.select(
    [shop["ProductRelated_Duration"] < q1, shop["ProductRelated_Duration"] < q2], [0, 1], default=2)
X_train, X_test, y_train, y_test = train_test_split(shop[["engagement", "PageValues"]], shop["Revenue"])
print(RandomForestClassifier().fit(X_train, y_train).score(X_test, y_test))
