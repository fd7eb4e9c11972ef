# Tutorial: k-nearest neighbours on the wine data, done properly
from sklearn.datasets import load_wine
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.neighbors import KNeighborsClassifier

wine = load_wine()
X_train, X_test, y_train, y_test = train_test_split(wine.data, wine.target, random_state=0)

# Step 1: learn the scaling on the training data only
scaler = StandardScaler()
scaler.fit(X_train)

# Step 2: apply the same scaling to both sets
X_train_scaled = scaler.transform(X_train)
X_test_scaled = scaler.transform(X_test)

knn = KNeighborsClassifier(n_neighbors=5)
knn.fit(X_train_scaled, y_train)
print("Test set accuracy: {:.2f}".format(knn.score(X_test_scaled, y_test)))
